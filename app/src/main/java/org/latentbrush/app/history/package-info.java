/** Undo and redo: one small edit class per user action, each holding the document before and after. */
package org.latentbrush.app.history;
