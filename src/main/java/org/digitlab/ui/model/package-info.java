/** The models the app knows (sample models, opened files, trained runs) and which one is current. */
package org.digitlab.ui.model;
