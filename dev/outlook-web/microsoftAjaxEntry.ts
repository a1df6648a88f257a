/** Entry of `stand-ins/MicrosoftAjax.js` in the demo build (see installMicrosoftAjax.ts). */
import { installMicrosoftAjax } from "./microsoftAjax/installMicrosoftAjax";

installMicrosoftAjax(window);
