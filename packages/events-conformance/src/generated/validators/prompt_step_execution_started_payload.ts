// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/prompt_step_execution_started_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for PromptStepExecutionStarted events.","properties":{"mission_id":{"description":"Mission context","minLength":1,"title":"Mission Id","type":"string"},"participant_id":{"description":"Executing participant","minLength":1,"title":"Participant Id","type":"string"},"step_description":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable step description","title":"Step Description"},"step_id":{"description":"Step identifier","minLength":1,"title":"Step Id","type":"string"},"wp_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Work package being targeted","title":"Wp Id"}},"required":["participant_id","mission_id","step_id"],"title":"PromptStepExecutionStartedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func68 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/prompt_step_execution_started_payload" */;
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
if((data.participant_id === undefined) || (!(func0.call(data, "participant_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_id"},message:"must have required property '"+"participant_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.step_id === undefined) || (!(func0.call(data, "step_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step_id"},message:"must have required property '"+"step_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data0 = data.mission_id;
if(typeof data0 === "string"){
if(func68(data0) < 1){
const err3 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.participant_id !== undefined && func0.call(data, "participant_id")){
let data1 = data.participant_id;
if(typeof data1 === "string"){
if(func68(data1) < 1){
const err5 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participant_id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_id.type,parentSchema:schema31.properties.participant_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.step_description !== undefined && func0.call(data, "step_description")){
let data2 = data.step_description;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/step_description",schemaPath:"#/properties/step_description/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_description.anyOf[0].type,parentSchema:schema31.properties.step_description.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(data2 !== null){
const err8 = {instancePath:instancePath+"/step_description",schemaPath:"#/properties/step_description/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.step_description.anyOf[1].type,parentSchema:schema31.properties.step_description.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err9 = {instancePath:instancePath+"/step_description",schemaPath:"#/properties/step_description/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.step_description.anyOf,parentSchema:schema31.properties.step_description,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.step_id !== undefined && func0.call(data, "step_id")){
let data3 = data.step_id;
if(typeof data3 === "string"){
if(func68(data3) < 1){
const err10 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.step_id,data:data3};
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
const err11 = {instancePath:instancePath+"/step_id",schemaPath:"#/properties/step_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.step_id.type,parentSchema:schema31.properties.step_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.wp_id !== undefined && func0.call(data, "wp_id")){
let data4 = data.wp_id;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.wp_id.anyOf[0].type,parentSchema:schema31.properties.wp_id.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
const _errs18 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.wp_id.anyOf[1].type,parentSchema:schema31.properties.wp_id.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err14 = {instancePath:instancePath+"/wp_id",schemaPath:"#/properties/wp_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.wp_id.anyOf,parentSchema:schema31.properties.wp_id,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"mission_id":true,"participant_id":true,"step_description":true,"step_id":true,"wp_id":true},"dynamicProps":false,"dynamicItems":false};
