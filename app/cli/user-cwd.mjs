// @ts-check
// The folder the person typed the command in: `npm run` moves to the project root but keeps it in INIT_CWD,
// so paths on the command line and in the messages are read and shown relative to it.
export const userCwd = process.env.npm_lifecycle_event === 'render' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
