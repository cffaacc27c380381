/**
 * Producer teams as the chain sees them: {@link org.witan.core.team.TeamId}, names, partners with
 * their duties ({@link org.witan.core.team.Roles}) and reward shares, and the keys a team rotates.
 */
package org.witan.core.team;
