/**
 * The publicity module's public interface. A publicity notice is posted in the transaction that
 * moves the applications into publicity, and an application's detail shows its notices.
 */
export { insertNotice, noticesOf, objectionsOf } from './publicity.repository';
export type { PublicityService } from './publicity.service';
