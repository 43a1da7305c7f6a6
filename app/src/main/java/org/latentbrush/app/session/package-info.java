/** Session files ({@code .lbrush}), autosave and crash recovery. */
package org.latentbrush.app.session;
