/**
 * Test support shared through wallet-core's test jar: jqwik arbitraries that generate valid
 * instances of every encodable type, the deterministic {@link org.witan.core.testing.Fixtures}
 * behind the golden encodings, deterministic keys, and producer sets that can sign.
 */
package org.witan.core.testing;
