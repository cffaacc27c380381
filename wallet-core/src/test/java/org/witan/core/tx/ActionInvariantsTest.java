package org.witan.core.tx;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.witan.core.codec.Writer;
import org.witan.core.crypto.Hash32;
import org.witan.core.governance.ParameterChange;
import org.witan.core.governance.StakeChoice;
import org.witan.core.governance.SuperNodeChoice;
import org.witan.core.team.KeyRole;
import org.witan.core.team.Owners;
import org.witan.core.team.Partner;
import org.witan.core.team.TeamId;
import org.witan.core.team.TeamName;
import org.witan.core.testing.ActionFixtures;
import org.witan.core.testing.CodecAssertions;
import org.witan.core.testing.Fixtures;
import org.witan.core.value.Amount;

/**
 * What the action constructors refuse, so that every action has one encoding: each broken invariant
 * throws {@link IllegalArgumentException}, and the same fields written by hand fail to decode with
 * a {@code DecodingException}.
 */
class ActionInvariantsTest {

  @Test
  void votedTeamsAreOneToThirtyAscending() {
    assertThrows(IllegalArgumentException.class, () -> new VoteForTeams(teams(7, 3)));
    assertThrows(IllegalArgumentException.class, () -> new VoteForTeams(teams(3, 3)));
    assertThrows(IllegalArgumentException.class, () -> new VoteForTeams(teams()));
    assertThrows(IllegalArgumentException.class, () -> new VoteForTeams(teams(range(31))));
    assertRejected(voteBytes(7, 3));
    assertRejected(voteBytes(3, 3));
    assertRejected(voteBytes());
    assertRejected(voteBytes(range(31)));
    new VoteForTeams(teams(range(30)));
  }

  private static Writer voteBytes(long... ids) {
    Writer w = action(ActionKind.VOTE_FOR_TEAMS).varint(ids.length);
    for (long id : ids) {
      w.u32(id);
    }
    return w;
  }

  @Test
  void parameterChangesAreAscendingByParameterWithoutRepeats() {
    ParameterChange three = new ParameterChange(3, 1);
    ParameterChange five = new ParameterChange(5, 1);
    ParameterChange threeAgain = new ParameterChange(3, 2);
    assertThrows(IllegalArgumentException.class, () -> proposal("t", List.of(five, three)));
    assertThrows(IllegalArgumentException.class, () -> proposal("t", List.of(three, threeAgain)));
    assertRejected(proposalBytes("t", five, three));
    assertRejected(proposalBytes("t", three, threeAgain));
  }

  @Test
  void aTitleHasAtMost128BytesOfUtf8() {
    String ascii = "x".repeat(129);
    String threeByteChars = "\u20ac".repeat(43);
    assertThrows(IllegalArgumentException.class, () -> proposal(ascii, List.of()));
    assertThrows(IllegalArgumentException.class, () -> proposal(threeByteChars, List.of()));
    assertRejected(proposalBytes(ascii));
    assertRejected(proposalBytes(threeByteChars));
    proposal("x".repeat(128), List.of());
    proposal("\u20ac".repeat(42), List.of());
  }

  @Test
  void aTitleIsWellFormedText() {
    // A lone surrogate has no UTF-8 form: it would encode as '?' and decode as another title.
    assertThrows(IllegalArgumentException.class, () -> proposal("half \ud83d", List.of()));
    assertThrows(IllegalArgumentException.class, () -> proposal("\ude00 half", List.of()));
    proposal("whole \ud83d\ude00", List.of());
  }

  @Test
  void onlyTheStandbyKeyCanBeRemoved() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RotateKey(Fixtures.AURORA, KeyRole.SIGNER, Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RotateKey(Fixtures.AURORA, KeyRole.ATTESTER, Optional.empty()));
    new RotateKey(Fixtures.AURORA, KeyRole.STANDBY, Optional.empty());
    assertRejected(action(ActionKind.ROTATE_KEY).u32(7).u8(KeyRole.SIGNER.tag()).u8(0));
    assertRejected(action(ActionKind.ROTATE_KEY).u32(7).u8(KeyRole.ATTESTER.tag()).u8(0));
    assertRejected(action(ActionKind.ROTATE_KEY).u32(7).u8(3).u8(0));
  }

  @Test
  void aPartnerIndexIsZeroToFifteen() {
    var partner = Fixtures.partner();
    assertThrows(
        IllegalArgumentException.class, () -> new ReplacePartner(Fixtures.AURORA, 16, partner));
    assertThrows(
        IllegalArgumentException.class, () -> new ReplacePartner(Fixtures.AURORA, -1, partner));
    Writer w = action(ActionKind.REPLACE_PARTNER).u32(7).u8(16);
    Partner.CODEC.write(w, partner);
    assertRejected(w);
  }

  @Test
  void aTeamHasOneToSixteenPartners() {
    RegisterTeam valid = ActionFixtures.registerTeam();
    List<Partner> seventeen = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      seventeen.add(Fixtures.partner());
    }
    assertThrows(IllegalArgumentException.class, () -> withPartners(valid, List.of()));
    assertThrows(IllegalArgumentException.class, () -> withPartners(valid, seventeen));
    assertRejected(registrationBytes(valid, List.of()));
    assertRejected(registrationBytes(valid, seventeen));
    CodecAssertions.assertRejectedOrCanonical(
        Action.CODEC, registrationBytes(valid, valid.partners()).toByteArray());
  }

  /** {@code team}'s fields written by hand around any partner list. */
  private static Writer registrationBytes(RegisterTeam team, List<Partner> partners) {
    Writer w = action(ActionKind.REGISTER_TEAM);
    TeamName.CODEC.write(w, team.name());
    Owners.CODEC.write(w, team.owners());
    w.fixed(team.signerKey().bytes());
    w.u8(1).fixed(team.standbyKey().orElseThrow().bytes());
    w.fixed(team.attesterKey().bytes());
    w.varint(partners.size());
    partners.forEach(p -> Partner.CODEC.write(w, p));
    return w.u16(team.commissionBps()).u64(team.selfBond().unsignedUnits());
  }

  private static RegisterTeam withPartners(RegisterTeam t, List<Partner> partners) {
    return new RegisterTeam(
        t.name(),
        t.owners(),
        t.signerKey(),
        t.standbyKey(),
        t.attesterKey(),
        partners,
        t.commissionBps(),
        t.selfBond());
  }

  @Test
  void commissionsAreU16() {
    assertThrows(IllegalArgumentException.class, () -> new SetCommission(Fixtures.AURORA, -1));
    assertThrows(
        IllegalArgumentException.class, () -> new SetCommission(Fixtures.AURORA, 0x1_0000));
    RegisterTeam t = ActionFixtures.registerTeam();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RegisterTeam(
                t.name(),
                t.owners(),
                t.signerKey(),
                t.standbyKey(),
                t.attesterKey(),
                t.partners(),
                0x1_0000,
                t.selfBond()));
  }

  @Test
  void proposalIdsAreU63() {
    assertThrows(IllegalArgumentException.class, () -> new Deposit(-1, Amount.ofWit(1)));
    assertThrows(IllegalArgumentException.class, () -> new StakeChamberVote(-1, StakeChoice.YES));
    assertThrows(
        IllegalArgumentException.class, () -> new SuperNodeChamberVote(-1, SuperNodeChoice.YES));
    assertRejected(action(ActionKind.DEPOSIT).u64(-1).u64(1));
    assertRejected(action(ActionKind.STAKE_CHAMBER_VOTE).u64(-1).u8(0));
    assertRejected(action(ActionKind.SUPER_NODE_CHAMBER_VOTE).u64(-1).u8(0));
  }

  @Test
  void choicesAndActionsHaveKnownTags() {
    assertRejected(action(ActionKind.STAKE_CHAMBER_VOTE).u64(42).u8(4));
    assertRejected(action(ActionKind.SUPER_NODE_CHAMBER_VOTE).u64(42).u8(3));
    CodecAssertions.assertRejected(Action.CODEC, new byte[] {24});
    CodecAssertions.assertRejected(Action.CODEC, new byte[] {(byte) 0xFF});
  }

  @Test
  void aMemoHasAtMost256Bytes() {
    assertThrows(IllegalArgumentException.class, () -> Memo.of(new byte[257]));
    CodecAssertions.assertRejected(Memo.CODEC, new Writer().bytes(new byte[257]).toByteArray());
    Memo.of(new byte[256]);
  }

  private static SubmitProposal proposal(String title, List<ParameterChange> changes) {
    return new SubmitProposal(title, Optional.empty(), Hash32.ZERO, changes, Amount.ofWit(1));
  }

  private static Writer proposalBytes(String title, ParameterChange... changes) {
    Writer w = action(ActionKind.SUBMIT_PROPOSAL).bytes(title.getBytes(StandardCharsets.UTF_8));
    w.u8(0).fixed(new byte[32]).varint(changes.length);
    for (ParameterChange c : changes) {
      w.u16(c.parameter()).u64(c.value());
    }
    return w.u64(1);
  }

  private static Writer action(ActionKind kind) {
    return new Writer().u8(kind.tag());
  }

  private static void assertRejected(Writer bytes) {
    CodecAssertions.assertRejected(Action.CODEC, bytes.toByteArray());
  }

  private static List<TeamId> teams(long... ids) {
    List<TeamId> out = new ArrayList<>();
    for (long id : ids) {
      out.add(TeamId.of(id));
    }
    return out;
  }

  private static long[] range(int n) {
    long[] ids = new long[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    return ids;
  }
}
