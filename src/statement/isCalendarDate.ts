const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a string written YYYY-MM-DD; `isIsoDateForm("2024-02-30")` is true (the form is right). */
export function isIsoDateForm(value: string): boolean {
  return ISO_DATE.test(value);
}

/** True for a YYYY-MM-DD string naming a real day: `isCalendarDate("2024-02-29")` is true, "2024-02-30" is false. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Counted by hand rather than with Date: Date.UTC maps years 0-99 to 1900-1999.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
