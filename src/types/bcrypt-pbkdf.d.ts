declare module 'bcrypt-pbkdf' {
  /** OpenBSD's bcrypt_pbkdf, as OpenSSH uses it to derive the key of a passphrase-protected private key. Returns 0 on success. */
  export function pbkdf(
    pass: Uint8Array,
    passlen: number,
    salt: Uint8Array,
    saltlen: number,
    key: Uint8Array,
    keylen: number,
    rounds: number,
  ): number;
}
