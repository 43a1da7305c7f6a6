/** Background work and its hand-over to the user-interface thread; tests run it on the calling thread. */
package org.latentbrush.app.tasks;
