package org.witan.core.address;

/** Which network an address is written for: its bech32m human-readable part. */
public enum Network {
  /** The main network: addresses start {@code wit1}. */
  MAIN("wit"),
  /** Development networks: addresses start {@code witd1}. */
  DEV("witd");

  private final String hrp;

  Network(String hrp) {
    this.hrp = hrp;
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
