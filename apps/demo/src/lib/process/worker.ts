import { parentPort } from 'node:worker_threads'
import { serveTasks } from './pool.js'
import { runTask, type TaskInput, type TaskOutput, transferablesOf } from './tasks.js'

if (!parentPort) throw new Error('Cannot run the demo worker outside a worker thread')

serveTasks<TaskInput, TaskOutput>(parentPort, runTask, transferablesOf)
