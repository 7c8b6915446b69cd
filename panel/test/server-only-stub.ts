// Stand-in for the "server-only" marker package in unit tests (Next.js aliases the real one).
export {}
