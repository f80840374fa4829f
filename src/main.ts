import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { registerServiceWorker } from './app/serviceWorker'
import { firstModelLoad } from './composables/useNerEngine'
import { framedByAnotherSite, showFramedNotice } from './app/framing'
import './styles/main.css'

// Browsers' page translation sends the page's text, the user's included, to a translation service (privacy QA);
// the interface has its own languages. (The built page also says so in a meta tag, for Google's translation.)
document.documentElement.translate = false

if (framedByAnotherSite(window)) {
  showFramedNotice(document, location.href)
} else {
  createApp(App).use(createAppI18n()).mount('#app')
  // Once the model has loaded (or failed to): its precache would otherwise download the page's files a second time.
  registerServiceWorker(firstModelLoad)
}
