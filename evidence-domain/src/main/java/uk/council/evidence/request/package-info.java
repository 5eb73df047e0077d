/**
 * Requests: subject access (UK GDPR Art. 15), FOI (FOIA 2000) and third-party requests (DPA 2018
 * Sch. 2 Part 1 para 2) for footage, from the letter to the reply. The component sits above
 * casework: a request holds footage through retention's holds and is answered with casework's
 * disclosure packages.
 *
 * <p>So far it has its clock: the statutory deadlines in plain Java ({@link
 * uk.council.evidence.request.entity.SubjectAccessClock}, {@link
 * uk.council.evidence.request.entity.FoiClock}) on a calendar of the UK's bank holidays ({@link
 * uk.council.evidence.request.entity.BankHolidays}) from GOV.UK's published data, with rules for
 * the years it does not cover yet ({@link uk.council.evidence.request.control.BankHolidayData}).
 * docs/requests.md gives the rules and their sources.
 */
package uk.council.evidence.request;
