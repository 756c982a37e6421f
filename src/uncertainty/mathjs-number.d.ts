// mathjs's number-only build shares the package's types; TypeScript's "node" resolution ignores the
// package's `exports` map, which is where `mathjs/number` is declared.
declare module 'mathjs/number' {
  export * from 'mathjs';
}
