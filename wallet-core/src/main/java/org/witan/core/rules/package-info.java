/**
 * Outcomes of pure rules as values: {@link org.witan.core.rules.Verdict} carries an enum reason and
 * a detail, so "this transaction is invalid because..." is data, not an exception.
 */
package org.witan.core.rules;
