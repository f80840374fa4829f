import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { registerServiceWorker } from './app/serviceWorker'
import './styles/main.css'

createApp(App).use(createAppI18n()).mount('#app')
registerServiceWorker()
