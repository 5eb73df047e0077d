/**
 * Cases screens: the case list, a case's page with its exhibits, holds, chain of custody, notes and
 * history, and flagging a recording as evidence.
 */
package uk.council.evidence.web.cases;
