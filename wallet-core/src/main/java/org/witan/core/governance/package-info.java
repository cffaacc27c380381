/**
 * The governance vocabulary shared by transactions and state: parameter changes and the choices of
 * the two chambers (stake, and one-node-one-vote super nodes).
 */
package org.witan.core.governance;
