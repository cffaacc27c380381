-- The final chain (docs/decisions/0012). Everything is canonical bytes (docs/protocol.md); the
-- other columns only index them. One finalization is written in one transaction.

-- Final blocks by height. body is the Block encoding after the header (transactions,
-- certificates, next set): header || body is the canonical Block. NULL once pruned.
CREATE TABLE final_block (
  height BIGINT PRIMARY KEY,
  id BINARY(32) NOT NULL UNIQUE,
  generation BIGINT NOT NULL,
  claim_height BIGINT NOT NULL,
  claim_strong BOOLEAN NOT NULL,
  header VARBINARY NOT NULL,
  body VARBINARY
);
CREATE INDEX final_block_claim ON final_block (claim_height);

-- Certificates of final blocks, from the bodies of the final blocks that claim them (and the
-- newest root's from consensus): kept when bodies are pruned, to serve finality proofs.
CREATE TABLE block_certificate (
  height BIGINT NOT NULL,
  signer_generation BIGINT NOT NULL,
  strong BOOLEAN NOT NULL,
  certificate VARBINARY NOT NULL,
  PRIMARY KEY (height, signer_generation)
);

-- The finality proof consensus reported with each finalization, by the height it proves.
CREATE TABLE finality_proof (
  height BIGINT PRIMARY KEY,
  proof VARBINARY NOT NULL
);

-- Producer sets by generation, and the epoch change to each generation after 0.
CREATE TABLE producer_set (
  generation BIGINT PRIMARY KEY,
  producer_set VARBINARY NOT NULL
);
CREATE TABLE epoch_change (
  generation BIGINT PRIMARY KEY,
  change VARBINARY NOT NULL
);

-- Where each final transaction is, and the transactions of each account (signer or recipient).
CREATE TABLE final_tx (
  id BINARY(32) PRIMARY KEY,
  height BIGINT NOT NULL,
  idx INT NOT NULL
);
CREATE TABLE account_tx (
  address BINARY(20) NOT NULL,
  height BIGINT NOT NULL,
  idx INT NOT NULL,
  id BINARY(32) NOT NULL,
  PRIMARY KEY (address, height, idx)
);

-- The final tip (one row): its height and id, the history accumulator after it, and the lowest
-- height whose body is still kept.
CREATE TABLE final_tip (
  row_id TINYINT PRIMARY KEY CHECK (row_id = 0),
  height BIGINT NOT NULL,
  id BINARY(32) NOT NULL,
  history VARBINARY NOT NULL,
  oldest_body BIGINT NOT NULL
);

-- Consensus's ports: the accepted blocks a restart replays, in the order they were kept, and the
-- producer's voting safety state (one row).
CREATE TABLE accepted_block (
  seq BIGINT AUTO_INCREMENT PRIMARY KEY,
  id BINARY(32) NOT NULL UNIQUE,
  block VARBINARY NOT NULL
);
CREATE TABLE safety_state (
  row_id TINYINT PRIMARY KEY CHECK (row_id = 0),
  state VARBINARY NOT NULL
);
