/** @develoka/angka-terbilang-js ships no types: a number (as digits) in Indonesian words. */
declare module "@develoka/angka-terbilang-js" {
  function angkaTerbilang(target: string | number, settings?: { decimal: string }): string
  export = angkaTerbilang
}
