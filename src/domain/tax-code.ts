/**
 * Check digit of an 11-digit numeric codice fiscale / partita IVA
 * (Luhn-like algorithm of DM 23/12/1976, as used by the Agenzia delle Entrate).
 */
export function isValidNumericTaxCode(code: string): boolean {
  if (!/^\d{11}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(code[i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  const check = (10 - (sum % 10)) % 10;
  return check === Number(code[10]);
}
