/** The applications module's public interface: what other modules may use of it. */
export type { ApplicationsService } from './applications.service';
