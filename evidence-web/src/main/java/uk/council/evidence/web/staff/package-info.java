/** The administrator's screens for staff accounts, roles and service areas. */
package uk.council.evidence.web.staff;
