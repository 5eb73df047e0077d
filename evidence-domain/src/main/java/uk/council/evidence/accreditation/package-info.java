/**
 * Accreditation: the council's self-assessment against the Surveillance Camera Code of Practice's
 * twelve guiding principles, and its annual review. The principles and their questions are data (a
 * migration per edition of the Code); per review year the compliance officer writes a statement and
 * a red, amber or green rating for each principle, kept with its history, and an action plan whose
 * open actions carry over to the next year. It sits above the components whose figures the review
 * draws on, and owns its tables: {@code code_principle}, {@code code_question}, {@code
 * principle_statement} and {@code review_action}.
 */
package uk.council.evidence.accreditation;
