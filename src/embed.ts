// The embed's entry and the only module with side effects: it turns the <script> tag into `window.consentry`.
import { boot } from './embed/boot'

boot()
