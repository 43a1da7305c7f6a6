/** The gallery of the optimiser's best candidates. */
package org.latentbrush.app.candidates;
