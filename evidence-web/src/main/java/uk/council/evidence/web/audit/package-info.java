/** The compliance officer's view of the audit log: browse, verify the chain, download extracts. */
package uk.council.evidence.web.audit;
