/** The classes of device a user may be logged in on at once, one session limit each. */
export type DeviceClass = 'mobile' | 'desktop';

/**
 * Phones and tablets name themselves in the User-Agent: "Mobi" (most phone browsers),
 * Android (tablets too, which leave out "Mobile"), Apple's handhelds, HarmonyOS, and
 * WeChat's in-app browser, which experts open links in. An iPad asking for desktop pages
 * passes as a Mac, and a client that sends no User-Agent as a desktop: either only means
 * sharing the desktop's limit.
 */
const MOBILE = /Mobi|Android|iPhone|iPad|iPod|HarmonyOS|OpenHarmony|Windows Phone|MicroMessenger/i;

/** The device class a User-Agent header names (absent or unknown: desktop). */
export function deviceClassOf(userAgent: string | undefined): DeviceClass {
  return userAgent && MOBILE.test(userAgent) ? 'mobile' : 'desktop';
}
