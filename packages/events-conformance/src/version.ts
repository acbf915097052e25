/** Version of this package, equal to the contract version. */
export const VERSION = "2.7.0";
