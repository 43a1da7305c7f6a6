/** Choosing the generative model: built-in models and model folders. */
package org.latentbrush.app.models;
