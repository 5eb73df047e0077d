/** The footage library's screens, and the servlet that plays and downloads recordings. */
package uk.council.evidence.web.footage;
