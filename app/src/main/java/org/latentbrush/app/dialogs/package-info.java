/** Dialogs behind one interface, so view models never open windows themselves. */
package org.latentbrush.app.dialogs;
