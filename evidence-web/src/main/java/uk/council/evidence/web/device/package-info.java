/** Screens for cameras and docks (administrators) and for checking cameras out and in. */
package uk.council.evidence.web.device;
