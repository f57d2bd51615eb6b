/**
 * Check digit of an 11-digit numeric codice fiscale / partita IVA
 * (Luhn-like algorithm of DM 23/12/1976, as used by the Agenzia delle Entrate).
 */
export function isValidNumericTaxCode(code: string): boolean {
  if (!/^\d{11}$/.test(code)) return false;
  return numericTaxCodeCheckDigit(code.slice(0, 10)) === code[10];
}

/** The 11th digit that the first ten digits of a numeric codice fiscale call for. */
export function numericTaxCodeCheckDigit(first10: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(first10[i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}
