/** Small technical pieces several feature modules share; no feature logic. */
@NullMarked
package fr.passerelle.app.support;

import org.jspecify.annotations.NullMarked;
