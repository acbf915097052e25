// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/mission_started_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for MissionStarted events.","properties":{"actor":{"description":"Actor who started the mission","minLength":1,"title":"Actor","type":"string"},"initial_phase":{"description":"First phase of the mission","minLength":1,"title":"Initial Phase","type":"string"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"mission_type":{"description":"Mission type (e.g., 'software-dev', 'research', 'plan')","minLength":1,"title":"Mission Type","type":"string"}},"required":["mission_id","mission_type","initial_phase","actor"],"title":"MissionStartedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func69 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_started_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_type === undefined) || (!(func0.call(data, "mission_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_type"},message:"must have required property '"+"mission_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.initial_phase === undefined) || (!(func0.call(data, "initial_phase")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "initial_phase"},message:"must have required property '"+"initial_phase"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func69(data0) < 1){
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.initial_phase !== undefined && func0.call(data, "initial_phase")){
let data1 = data.initial_phase;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err6 = {instancePath:instancePath+"/initial_phase",schemaPath:"#/properties/initial_phase/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.initial_phase,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/initial_phase",schemaPath:"#/properties/initial_phase/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.initial_phase.type,parentSchema:schema31.properties.initial_phase,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data2 = data.mission_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err8 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.mission_type !== undefined && func0.call(data, "mission_type")){
let data3 = data.mission_type;
if(typeof data3 === "string"){
if(func69(data3) < 1){
const err10 = {instancePath:instancePath+"/mission_type",schemaPath:"#/properties/mission_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_type,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/mission_type",schemaPath:"#/properties/mission_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_type.type,parentSchema:schema31.properties.mission_type,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"initial_phase":true,"mission_id":true,"mission_type":true},"dynamicProps":false,"dynamicItems":false};
