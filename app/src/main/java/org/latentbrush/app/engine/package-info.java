/** The generative model as the editor uses it: live edits, renders, and the result they stream. */
package org.latentbrush.app.engine;
