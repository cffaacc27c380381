package org.witan.core.chain;

import java.util.List;
import org.witan.core.address.Network;
import org.witan.core.codec.Canonical;
import org.witan.core.codec.Codec;
import org.witan.core.codec.DecodingException;
import org.witan.core.codec.Reader;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.tx.RegisterTeam;
import org.witan.core.value.ChainId;

/**
 * The genesis document (docs/protocol.md 8.1): the chain's fixed configuration, the initial
 * parameters, the funded accounts (ascending by address) and the teams registered at genesis (ids
 * 1, 2, ... in list order; the first {@code producerCount} form producer set 0). Its SHA-256 is the
 * genesis hash.
 */
public record Genesis(
    ChainConfig config, Params params, List<GenesisAccount> accounts, List<RegisterTeam> teams) {
  public static final int MAX_ACCOUNTS = 65_536;
  public static final int MAX_TEAMS = 255;

  public static final Codec<Genesis> CODEC =
      Codec.of(64 * 1024 * 1024, Genesis::write, Genesis::read);

  public Genesis {
    accounts = Canonical.sortedSet(accounts, 0, MAX_ACCOUNTS, "genesis accounts");
    teams = Canonical.bounded(teams, 1, MAX_TEAMS, "genesis teams");
  }

  /** SHA-256 of the encoding: names this exact genesis. */
  public Hash32 hash() {
    return Hash32.sha256(CODEC.encode(this));
  }

  private static void write(Writer w, Genesis g) {
    ChainConfig c = g.config;
    ChainId.CODEC.write(w, c.chainId());
    w.u8(c.network().tag());
    w.u64(c.genesisTimeMillis());
    w.u32(c.blockIntervalMillis());
    w.u16(c.blocksPerTurn());
    w.u16(c.producerCount());
    w.u32(c.epochLength());
    Params.CODEC.write(w, g.params);
    w.list(g.accounts, GenesisAccount.CODEC);
    w.list(g.teams, RegisterTeam.FIELDS_CODEC);
  }

  private static Genesis read(Reader r) throws DecodingException {
    int start = r.position();
    ChainId chainId = ChainId.CODEC.read(r);
    Network network = r.tagged(Network.values(), "network");
    long genesisTime = r.u63();
    long interval = r.u32();
    int perTurn = r.u16();
    int producers = r.u16();
    long epoch = r.u32();
    Params params = Params.CODEC.read(r);
    List<GenesisAccount> accounts =
        r.list(MAX_ACCOUNTS, GenesisAccount.CODEC.maxEncodedSize(), GenesisAccount.CODEC);
    List<RegisterTeam> teams = r.list(MAX_TEAMS, 100, RegisterTeam.FIELDS_CODEC);
    return r.build(
        start,
        () ->
            new Genesis(
                new ChainConfig(
                    chainId,
                    network,
                    genesisTime,
                    intValue(interval, "block interval"),
                    perTurn,
                    producers,
                    intValue(epoch, "epoch length")),
                params,
                accounts,
                teams));
  }

  private static int intValue(long value, String what) {
    if (value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(what + " too large: " + value);
    }
    return (int) value;
  }
}
