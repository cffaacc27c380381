package org.witan.core.address;

/** Which network an address is written for: its bech32m human-readable part. */
public enum Network implements org.witan.core.codec.Tagged {
  /** The main network: addresses start {@code wit1}. */
  MAIN("wit", 0),
  /** Development networks: addresses start {@code witd1}. */
  DEV("witd", 1);

  private final String hrp;
  private final int tag;

  Network(String hrp, int tag) {
    this.hrp = hrp;
    this.tag = tag;
  }

  /** The network's tag in a genesis document: 0 main, 1 devnet. */
  @Override
  public int tag() {
    return tag;
  }

  public String hrp() {
    return hrp;
  }

  /** The network whose prefix is {@code hrp}, if any. */
  public static java.util.Optional<Network> ofHrp(String hrp) {
    for (Network n : values()) {
      if (n.hrp.equals(hrp)) {
        return java.util.Optional.of(n);
      }
    }
    return java.util.Optional.empty();
  }
}
