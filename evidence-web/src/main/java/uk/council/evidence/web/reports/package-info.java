/**
 * Report downloads in the portal: each form's period goes to {@code evidence-reports}' {@link
 * uk.council.evidence.reports.ReportProduction}, which checks it, produces, signs and audits the
 * report; the page only sends the bytes or shows why there are none.
 */
package uk.council.evidence.web.reports;
