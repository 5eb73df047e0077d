/**
 * The portal's frame: who is signed in, the navigation their roles may use, the home page of each
 * role, and the error pages. Navigation is built from the same role names the security constraints
 * in web.xml use, so a link is never shown to someone who would get 403.
 */
package uk.council.evidence.web.shell;
