export { type ResolveSpeakersOptions, resolveSpeakers } from './resolve-speakers.js'
