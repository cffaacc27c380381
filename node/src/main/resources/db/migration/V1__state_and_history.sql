-- The state tree's nodes, content-addressed: hash -> canonical node encoding (docs/protocol.md 4).
-- Nodes are immutable; every state root ever committed stays readable until pruning.
CREATE TABLE state_node (
  hash BINARY(32) PRIMARY KEY,
  node VARBINARY NOT NULL
);

-- The history accumulator's perfect subtrees: (level, index) -> hash.
CREATE TABLE history_node (
  level TINYINT NOT NULL,
  idx BIGINT NOT NULL,
  hash BINARY(32) NOT NULL,
  PRIMARY KEY (level, idx)
);
