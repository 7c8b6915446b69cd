// Filled in by the shares work: splitProfit, reverseShares (see packages/shares/README.md).
export {}
