import { closeSharedPglite } from '../support/reference-server'

afterAll(closeSharedPglite)
