/** Administrative regions (GB/T 2260): lookup, ancestry and the codes' format. */
export * from './regions';
