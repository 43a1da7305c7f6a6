/** Settings remembered between runs: window, model, brush, recent files. */
package org.latentbrush.app.settings;
