export { COUNTRY_CODES, isCountryCode } from "@shopgraph/kernel";
